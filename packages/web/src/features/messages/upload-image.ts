/**
 * Sends an image to `POST /messages/images` (the file as the body, its type as Content-Type, the session cookie) and
 * returns the id `sendMessage` attaches (`imageIds`). The API re-encodes it without its metadata; a refused file
 * comes back as an error whose `code` is the field error's (UNSUPPORTED_TYPE, TOO_LARGE…).
 */
export class ImageUploadError extends Error {
  constructor(readonly code: string) {
    super(`Image refused: ${code}`);
  }
}

export async function uploadMessageImage(file: File): Promise<string> {
  const response = await fetch('/messages/images', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': file.type },
    body: file,
  });
  const answer = (await response.json().catch(() => null)) as { id?: string; code?: string } | null;
  if (response.ok && answer?.id) return answer.id;
  if (response.status === 400 || response.status === 413 || response.status === 415) throw new ImageUploadError(answer?.code ?? 'INVALID');
  throw new Error(`Image upload failed (${response.status})`);
}
