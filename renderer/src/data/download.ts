// Hands text to the user as a file: a Blob behind a temporary <a download>, which works the same in Electron
// and in a browser, and needs no file-system access from the renderer.

export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; the URL can go once the event loop has moved on.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
