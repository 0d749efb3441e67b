// Where a registry's credentials may go: that registry's own origin, and the token realm its
// challenge names, under the rules below. Every request that carries a secret is checked here
// before it is sent.
import { RegistryError, redactUrl } from './errors.js'
import { isLoopbackHost } from './reference.js'

/**
 * Where the destination's credentials may go: requests to the registry's own origin (scheme,
 * host and port), and the token realm named by that registry's challenge: over https (on one of
 * the credential's `realmHosts` when it names them), or over plain http on the registry's own
 * host when plain http was asked for. Secrets never travel over plain http to another machine.
 */
export class CredentialAudience {
  private readonly realmHosts?: string[]

  constructor(
    readonly registry: URL,
    private readonly plainHttp: boolean,
    realmHosts: string[] | undefined
  ) {
    this.realmHosts = realmHosts?.map((h) => h.toLowerCase())
  }

  /** Whether `url` is the registry itself, the only origin its authorization is sent to. */
  isRegistry(url: URL): boolean {
    return url.origin === this.registry.origin
  }

  /** Throws, before anything is sent, unless the registry's credentials may go to `url`. */
  assertRegistry(url: URL, method: string): void {
    if (!this.isRegistry(url)) {
      throw new RegistryError(
        `Refusing to send the credentials for ${this.registry.host} to ${url.host}: they go only to that registry and the token realm it names`,
        method,
        redactUrl(url)
      )
    }
    assertEncryptedOrLocal(url, method)
  }

  /** Throws, before anything is sent, unless credentials may go to this token realm. */
  assertRealm(realm: URL, method: string, source: string): void {
    const refuse = (why: string): never => {
      throw new RegistryError(
        `${this.registry.host} named the token realm ${realm.protocol}//${realm.host}, ${why}; refusing to send the credentials from ${source} there`,
        method,
        redactUrl(realm),
        401,
        [],
        { fix: 'check that the destination is the registry you meant' }
      )
    }
    if (this.realmHosts && !this.realmHosts.includes(realm.host.toLowerCase())) {
      refuse(`but these credentials are only for a token realm on ${this.realmHosts.join(', ')}`)
    }
    if (realm.protocol === 'https:') return
    const sameHost = realm.hostname === this.registry.hostname
    if (realm.protocol !== 'http:' || !this.plainHttp || !sameHost) {
      refuse(
        "but a realm must use https, or plain http on the registry's own host when plain http is on"
      )
    }
    assertEncryptedOrLocal(realm, method)
  }
}

/** Secrets go over https, or over plain http only to this machine. */
function assertEncryptedOrLocal(url: URL, method: string): void {
  if (url.protocol === 'https:' || isLoopbackHost(url.host)) return
  throw new RegistryError(
    `Refusing to send credentials over plain http to ${url.host}: they would travel unencrypted`,
    method,
    redactUrl(url),
    undefined,
    [],
    {
      fix: 'use https, or a registry on this machine (127.0.0.1) for tests',
      suggest: { option: 'plainHttp', value: 'false' }
    }
  )
}
