import pino from 'pino';
import type { Config } from './config';

export type Logger = pino.Logger;

export function createLogger(config: Pick<Config, 'logLevel' | 'nodeEnv'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'skillcall-api' },
    redact: ['req.headers.cookie', 'password', 'newPassword', 'currentPassword', 'token'],
  });
}
