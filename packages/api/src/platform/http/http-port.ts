/**
 * The port `npm start` serves on, checked before anything else starts. A second checkout started beside a first one
 * finds port 4000 taken: when nothing named the port or the address (PORT and PUBLIC_URL unset, outside production),
 * it serves on a free port instead and says so, as the embedded PostgreSQL does with its own port. A port named in
 * PORT (or implied by PUBLIC_URL or production) is not moved: a busy one stops the start with a sentence saying
 * what to do, rather than a listen error after PostgreSQL was started and migrated.
 */
import { loadConfig, type Config } from '../config';
import { listenable } from '../listenable';

export async function onAFreePort(config: Config, env: NodeJS.ProcessEnv, notify: (line: string) => void): Promise<Config> {
  if (config.port === 0 || (await listenable(config.port, config.host)) !== null) return config;
  const free = await listenable(0, config.host);
  const movable = env.PORT === undefined && env.PUBLIC_URL === undefined && config.nodeEnv !== 'production';
  if (!movable || free === null) {
    const named = env.PORT === undefined ? '' : ' (PORT)';
    const todo = free === null ? 'stop it, or free a port and set PORT' : `stop it, or choose another port (PORT=${free} npm start)`;
    throw new Error(`Port ${config.port}${named} is already in use by another program: ${todo}.`);
  }
  notify(`Port ${config.port} is taken by another program; this Skillcall serves on port ${free} instead.`);
  return loadConfig({ ...env, PORT: String(free) });
}
