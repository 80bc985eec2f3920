// The signing adapter's public surface: read or make a certificate, keep it in the workspace, sign a case file.

export { describeCertificate } from './certificate-info';
export type { CertificateInfo } from './certificate-info';
export { importKey, loadKey, readKeyInfo } from './key-store';
export type { StoredKeyInfo } from './key-store';
export { readP12 } from './p12-read';
export type { KeyAlgorithm, SigningIdentity } from './p12-read';
export { writeP12 } from './p12-write';
export type { WriteP12Options } from './p12-write';
export { signPdf, signPdfDetailed } from './sign-pdf';
export type { SignPdfOptions, SignedPdf } from './sign-pdf';
export { SigningError } from './signing-error';
export type { SigningFailure } from './signing-error';
export { TEST_CERTIFICATE_MARK, makeTestCertificate } from './test-certificate';
export type { TestCertificate, TestCertificateOptions } from './test-certificate';
