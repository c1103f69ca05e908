import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { SendMessageDocument } from '@skillcall/schema';
import { expectType, type TestClient } from '../../../test/graphql-client';
import { startTestApp, type TestApp } from '../../../test/harness';
import { bookableExpert, signInAs, signedInUser } from '../../../test/booking-fixtures';
import { createUser } from '../../seed/factories';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const upload = async (client: TestClient, body: Buffer, contentType: string) => {
  const response = await fetch(`${t.url}/messages/images`, {
    method: 'POST',
    headers: { 'content-type': contentType, cookie: client.cookieHeader },
    body: new Uint8Array(body),
  });
  return { status: response.status, answer: (await response.json()) as { id?: string; code?: string } };
};

const download = async (client: TestClient, id: string) => {
  const response = await fetch(`${t.url}/messages/images/${id}`, { headers: { cookie: client.cookieHeader } });
  return { status: response.status, cacheControl: response.headers.get('cache-control'), bytes: Buffer.from(await response.arrayBuffer()) };
};

/** A 300×200 photo as a phone takes it: turned by its EXIF orientation, with where it was taken. */
const phonePhoto = () =>
  sharp({ create: { width: 300, height: 200, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({ IFD0: { Make: 'PhoneMaker', Model: 'Phone 12' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 24/1' } })
    .toBuffer();

describe('message images', () => {
  it('re-encodes an upload without its metadata, upright, for the uploader and then both participants only', async () => {
    const user = await signedInUser(t);
    const expert = await bookableExpert(t);
    const stranger = await signedInUser(t);

    const photo = await phonePhoto();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const uploaded = await upload(user, photo, 'image/jpeg');
    expect(uploaded.status).toBe(201);
    const id = uploaded.answer.id!;

    const mine = await download(user, id);
    expect(mine.status).toBe(200);
    expect(mine.cacheControl).toMatch(/^private/);
    const served = await sharp(mine.bytes).metadata();
    expect(served).toMatchObject({ format: 'jpeg', width: 200, height: 300 });
    expect(served.exif).toBeUndefined();
    expect(served.orientation).toBeUndefined();
    expect(mine.bytes.includes(Buffer.from('PhoneMaker'))).toBe(false);

    // Before it is sent, only the uploader sees it.
    expect((await download(expert.client, id)).status).toBe(404);
    expect((await download(stranger, id)).status).toBe(404);
    expect((await download(t.client(), id)).status).toBe(401);

    const sent = expectType(
      (await user.data(SendMessageDocument, { input: { expertId: expert.expert.id, body: 'Voici la photo du clavier.', imageIds: [id] } }))
        .sendMessage,
      'SendMessageSuccess',
    );
    expect(sent.sent.images).toMatchObject([{ id, width: 200, height: 300 }]);
    const theirs = await download(expert.client, id);
    expect(theirs.status).toBe(200);
    expect(theirs.bytes.equals(mine.bytes)).toBe(true);
    expect((await download(stranger, id)).status).toBe(404);
  });

  it('serves a PNG as a PNG, whatever the header said', async () => {
    const user = await signedInUser(t);
    const png = await sharp({ create: { width: 40, height: 30, channels: 4, background: '#33669980' } })
      .png()
      .toBuffer();
    const uploaded = await upload(user, png, 'image/jpeg');
    expect(uploaded.status).toBe(201);
    const served = await download(user, uploaded.answer.id!);
    expect(await sharp(served.bytes).metadata()).toMatchObject({ format: 'png', width: 40, height: 30 });
  });

  it('refuses a file over 5 MB, a text file named .jpg, a broken image, an unverified sender and anyone signed out', async () => {
    const user = await signedInUser(t);
    const big = Buffer.concat([await phonePhoto(), Buffer.alloc(6 * 1024 * 1024, 7)]);
    expect(await upload(user, big, 'image/jpeg')).toEqual({ status: 413, answer: { code: 'TOO_LARGE' } });
    const text = Buffer.from('Rendez-vous à 18 h devant la gare, apportez le clavier.\n');
    expect(await upload(user, text, 'image/jpeg')).toEqual({ status: 415, answer: { code: 'UNSUPPORTED_TYPE' } });
    expect(await upload(user, text, 'text/plain')).toEqual({ status: 415, answer: { code: 'UNSUPPORTED_TYPE' } });
    const photo = await phonePhoto();
    // Its header reads as a JPEG, but the picture stops halfway.
    const truncated = photo.subarray(0, Math.floor(photo.length * 0.9));
    expect(await upload(user, truncated, 'image/jpeg')).toEqual({ status: 400, answer: { code: 'INVALID' } });

    const unverified = await signInAs(t, await createUser(t.app.database.db, { emailVerifiedAt: null }));
    expect(await upload(unverified, photo, 'image/jpeg')).toEqual({ status: 403, answer: { code: 'EMAIL_NOT_VERIFIED' } });
    expect(await upload(t.client(), photo, 'image/jpeg')).toEqual({ status: 401, answer: { code: 'UNAUTHENTICATED' } });
  });
});
