// The case screen's keyboard shortcuts: which key does what, and when a key press is not one (the handler is
// typing, a dialog is open, or a modifier other than Shift is held). The help overlay lists CASE_SHORTCUTS.

export type ShortcutAction = 'previous' | 'next' | 'review' | 'quickReview' | 'view' | 'chain' | 'help';

/** The keys of each action, as shown in the help overlay (and in aria-keyshortcuts). */
export const CASE_SHORTCUTS: readonly { action: ShortcutAction; keys: readonly string[] }[] = [
  { action: 'previous', keys: ['←', 'K'] },
  { action: 'next', keys: ['→', 'J'] },
  { action: 'review', keys: ['R'] },
  { action: 'quickReview', keys: ['Shift+R'] },
  { action: 'view', keys: ['V'] },
  { action: 'chain', keys: ['C'] },
  { action: 'help', keys: ['?'] },
];

const BY_KEY: Record<string, ShortcutAction> = {
  ArrowLeft: 'previous',
  k: 'previous',
  K: 'previous',
  ArrowRight: 'next',
  j: 'next',
  J: 'next',
  r: 'review',
  v: 'view',
  V: 'view',
  c: 'chain',
  C: 'chain',
  '?': 'help',
};

/** Where a key press is text for the field, not a command. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  // Radios and checkboxes take arrow keys themselves; every other <input> takes text.
  return target instanceof HTMLInputElement;
}

export function shortcutOf(event: KeyboardEvent): ShortcutAction | null {
  if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTypingTarget(event.target)) return null;
  if (document.querySelector('dialog[open]')) return null;
  if (event.key === 'R' && event.shiftKey) return 'quickReview';
  // Shift with a letter means something else (except '?', which needs Shift on most layouts).
  if (event.shiftKey && event.key !== '?' && !event.key.startsWith('Arrow')) return null;
  return BY_KEY[event.key] ?? null;
}
