/**
 * A passkey authenticator in software, for integration tests: it answers the options the API hands out the way a
 * browser with a platform authenticator would (WebAuthn level 3: "none" attestation, ES256 keys made with node:crypto,
 * discoverable credentials kept with their user handle), so the server verifies real signatures with SimpleWebAuthn.
 * Knobs let a test play a page on another origin, a wrong signature or a cloned authenticator (a counter gone back).
 */
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { isoCBOR } from '@simplewebauthn/server/helpers';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';

const b64url = (bytes: Uint8Array | Buffer) => Buffer.from(bytes).toString('base64url');
const sha256 = (data: Uint8Array | Buffer | string) => createHash('sha256').update(data).digest();

interface StoredCredential {
  id: Buffer;
  rpId: string;
  userHandle: string;
  privateKey: KeyObject;
  counter: number;
}

const flags = { userPresent: 0x01, userVerified: 0x04, backupEligible: 0x08, backedUp: 0x10, attestedData: 0x40 };

export class SoftwareAuthenticator {
  readonly credentials: StoredCredential[] = [];

  /** @param origin the page the "browser" is on (a real browser always sends its own). */
  constructor(
    public origin: string,
    private readonly options: { synced?: boolean } = {},
  ) {}

  private flagsByte(extra = 0): number {
    const backup = this.options.synced ? flags.backupEligible | flags.backedUp : 0;
    return flags.userPresent | flags.userVerified | backup | extra;
  }

  private clientData(type: 'webauthn.create' | 'webauthn.get', challenge: string): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge, origin: this.origin, crossOrigin: false }));
  }

  /** Makes a new credential for the options' relying party and user, as `navigator.credentials.create` would. */
  register(optionsJson: string): RegistrationResponseJSON {
    const options = JSON.parse(optionsJson) as PublicKeyCredentialCreationOptionsJSON;
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = publicKey.export({ format: 'jwk' });
    const cosePublicKey = isoCBOR.encode(
      new Map<number, number | Uint8Array>([
        [1, 2], // kty: EC2
        [3, -7], // alg: ES256
        [-1, 1], // crv: P-256
        [-2, new Uint8Array(Buffer.from(jwk.x!, 'base64url'))],
        [-3, new Uint8Array(Buffer.from(jwk.y!, 'base64url'))],
      ]),
    );
    const id = randomBytes(16);
    const rpId = options.rp.id!;
    const credentialIdLength = Buffer.alloc(2);
    credentialIdLength.writeUInt16BE(id.length);
    const authData = Buffer.concat([
      sha256(rpId),
      Buffer.from([this.flagsByte(flags.attestedData)]),
      Buffer.alloc(4), // signature counter 0
      Buffer.alloc(16), // AAGUID: none
      credentialIdLength,
      id,
      Buffer.from(cosePublicKey),
    ]);
    const attestationObject = isoCBOR.encode(
      new Map<string, string | Map<string, never> | Uint8Array>([
        ['fmt', 'none'],
        ['attStmt', new Map<string, never>()],
        ['authData', new Uint8Array(authData)],
      ]),
    );
    this.credentials.push({ id, rpId, userHandle: options.user.id, privateKey, counter: 0 });
    return {
      id: b64url(id),
      rawId: b64url(id),
      type: 'public-key',
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
      response: {
        clientDataJSON: b64url(this.clientData('webauthn.create', options.challenge)),
        attestationObject: b64url(attestationObject),
        transports: ['internal'],
      },
    };
  }

  /**
   * Signs the options' challenge with a discoverable credential for their relying party (the newest, or `pick`), as
   * `navigator.credentials.get` with an empty allow list would; `counter` overrides the signature counter.
   */
  signIn(
    optionsJson: string,
    tamper: { pick?: StoredCredential; counter?: number; wrongSignature?: boolean } = {},
  ): AuthenticationResponseJSON {
    const options = JSON.parse(optionsJson) as PublicKeyCredentialRequestOptionsJSON;
    const credential = tamper.pick ?? this.credentials.filter((c) => c.rpId === options.rpId).at(-1);
    if (!credential) throw new Error(`no passkey for ${options.rpId}`);
    credential.counter = tamper.counter ?? credential.counter + 1;
    const counter = Buffer.alloc(4);
    counter.writeUInt32BE(credential.counter);
    const authData = Buffer.concat([sha256(credential.rpId), Buffer.from([this.flagsByte()]), counter]);
    const clientDataJSON = this.clientData('webauthn.get', options.challenge);
    const signed = Buffer.concat([authData, sha256(clientDataJSON)]);
    const signature = sign('sha256', tamper.wrongSignature ? Buffer.concat([signed, Buffer.from([0])]) : signed, credential.privateKey);
    return {
      id: b64url(credential.id),
      rawId: b64url(credential.id),
      type: 'public-key',
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
      response: {
        clientDataJSON: b64url(clientDataJSON),
        authenticatorData: b64url(authData),
        signature: b64url(signature),
        userHandle: credential.userHandle,
      },
    };
  }
}
