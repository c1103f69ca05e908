/** What a message may hold, as the API checks it (the API decides; these spare a pointless upload). */
export const messageMaxLength = 2000;
export const imageMaxBytes = 5 * 1024 * 1024;
export const imageTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const imageAccept = imageTypes.join(',');

/** Why this file cannot go with a message, or null: the API's field error codes. */
export function imageProblem(file: { type: string; size: number }): 'UNSUPPORTED_TYPE' | 'TOO_LARGE' | null {
  if (!(imageTypes as readonly string[]).includes(file.type)) return 'UNSUPPORTED_TYPE';
  return file.size > imageMaxBytes ? 'TOO_LARGE' : null;
}
