import { AppError } from '../../contract/envelope';

/** Passphrases come from an environment variable, never from the command line (where `ps` and history see them). */
export function passphraseFrom(envName: string | undefined, what: string): string {
  if (!envName) throw new AppError('invalid-input', `${what}：请用 --passphrase-env 指定存放口令的环境变量 (name the environment variable holding the passphrase)`);
  const value = process.env[envName];
  if (value === undefined || value === '') throw new AppError('invalid-input', `环境变量 ${envName} 未设置或为空 (environment variable ${envName} is not set)`);
  return value;
}
