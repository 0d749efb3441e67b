// A throw-away certificate authority and a server certificate signed by it, made with openssl,
// for TLS registries in tests. The client under test trusts the CA through its `ca` option (or
// NODE_EXTRA_CA_CERTS in a child process); nothing turns verification off.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runChecked } from './run-command.js'

export interface TestCertificate {
  /** The CA certificate, PEM. */
  caPem: string
  caFile: string
  /** The server certificate (PEM file) and its private key. */
  certificateFile: string
  keyFile: string
}

/**
 * The addresses the server certificate is valid for. ::ffff:127.0.0.1 is 127.0.0.1 written as
 * an IPv4-mapped IPv6 address: a host that reaches the loopback registry but that proxy rules
 * do not treat as loopback, so tests can send it through a proxy.
 */
export const TEST_CERTIFICATE_NAMES = ['IP:127.0.0.1', 'IP:::ffff:127.0.0.1', 'DNS:localhost']

/**
 * Writes ca.pem, ca.key, server.pem and server.key into `dir` (which must exist); the server
 * certificate is valid for `names` (openssl subjectAltName entries).
 */
export async function makeTestCertificate(
  dir: string,
  names: readonly string[] = TEST_CERTIFICATE_NAMES
): Promise<TestCertificate> {
  const file = (name: string) => join(dir, name)
  const ecKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']
  await runChecked('openssl', [
    'req',
    '-x509',
    ...ecKey,
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.pem'),
    '-days',
    '2',
    '-subj',
    '/CN=sherpack test CA'
  ])
  await runChecked('openssl', [
    'req',
    ...ecKey,
    '-keyout',
    file('server.key'),
    '-out',
    file('server.csr'),
    '-subj',
    '/CN=sherpack test registry'
  ])
  await writeFile(
    file('server.ext'),
    [
      `subjectAltName=${names.join(',')}`,
      'basicConstraints=CA:FALSE',
      'keyUsage=digitalSignature',
      'extendedKeyUsage=serverAuth',
      ''
    ].join('\n')
  )
  await runChecked('openssl', [
    'x509',
    '-req',
    '-in',
    file('server.csr'),
    '-CA',
    file('ca.pem'),
    '-CAkey',
    file('ca.key'),
    '-CAcreateserial',
    '-out',
    file('server.pem'),
    '-days',
    '2',
    '-extfile',
    file('server.ext')
  ])
  return {
    caPem: await readFile(file('ca.pem'), 'utf8'),
    caFile: file('ca.pem'),
    certificateFile: file('server.pem'),
    keyFile: file('server.key')
  }
}
