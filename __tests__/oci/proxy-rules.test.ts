// Which requests take which proxy: @actions/http-client 4's rules (its lib/proxy.js), case by case.
import { describe, expect, it } from 'vitest'
import {
  bypassesProxy,
  describeProxy,
  parseProxyUrl,
  proxyAuthorization,
  proxyFor
} from '../../src/oci/proxy.js'
import { UserError } from '../../src/errors.js'

const url = (text: string) => new URL(text)

describe('bypassesProxy', () => {
  it.each([
    'http://localhost:5000/v2/',
    'https://127.0.0.1/v2/',
    'https://127.9.8.7:443/',
    'http://[::1]:5000/',
    'http://[0:0:0:0:0:0:0:1]:5000/'
  ])('always sends loopback %s direct', (target) => {
    expect(bypassesProxy(url(target), undefined)).toBe(true)
    expect(bypassesProxy(url(target), '')).toBe(true)
  })

  it('proxies everything else when NO_PROXY is empty', () => {
    expect(bypassesProxy(url('https://ghcr.io/v2/'), undefined)).toBe(false)
    expect(bypassesProxy(url('http://[::ffff:127.0.0.1]:5000/'), '')).toBe(false)
    expect(bypassesProxy(url('https://ghcr.io/v2/'), ' , ,')).toBe(false)
  })

  it('reads * as every host', () => {
    expect(bypassesProxy(url('https://ghcr.io/'), '*')).toBe(true)
    expect(bypassesProxy(url('https://ghcr.io/'), 'example.com, *')).toBe(true)
  })

  it('matches the host, host:port with the default port, and parent domains, in any case', () => {
    const list = 'Registry.Example.COM,other.org:8443, .corp.internal'
    expect(bypassesProxy(url('https://registry.example.com/'), list)).toBe(true)
    expect(bypassesProxy(url('https://REGISTRY.example.com:5000/'), list)).toBe(true)
    expect(bypassesProxy(url('https://other.org:8443/'), list)).toBe(true)
    expect(bypassesProxy(url('https://other.org/'), list)).toBe(false)
    expect(bypassesProxy(url('https://a.b.corp.internal/'), list)).toBe(true)
    expect(bypassesProxy(url('https://corp.internal/'), list)).toBe(false)
    expect(bypassesProxy(url('https://mirror.registry.example.com/'), list)).toBe(true)
    expect(bypassesProxy(url('https://notregistry.example.com/'), list)).toBe(false)
    expect(bypassesProxy(url('https://ghcr.io:443/'), 'ghcr.io:443')).toBe(true)
    expect(bypassesProxy(url('http://ghcr.io/'), 'ghcr.io:80')).toBe(true)
    expect(bypassesProxy(url('http://ghcr.io/'), 'ghcr.io:443')).toBe(false)
  })

  it('compares an IPv6 host with its brackets, as the URL writes it', () => {
    expect(bypassesProxy(url('https://[::ffff:127.0.0.1]:5000/'), '[::ffff:7f00:1]')).toBe(true)
    expect(bypassesProxy(url('https://[::ffff:127.0.0.1]:5000/'), '::ffff:7f00:1')).toBe(false)
  })
})

describe('proxyFor', () => {
  const settings = {
    httpsProxy: 'http://secure-proxy:3128',
    httpProxy: 'plain-proxy:8080',
    noProxy: 'internal.example'
  }

  it('takes the https proxy for https and the http proxy for http', () => {
    expect(proxyFor(url('https://ghcr.io/v2/'), settings)?.href).toBe('http://secure-proxy:3128/')
    expect(proxyFor(url('http://registry.lan:5000/v2/'), settings)?.href).toBe(
      'http://plain-proxy:8080/'
    )
  })

  it('goes direct without settings, without a proxy for the scheme, or for a listed host', () => {
    expect(proxyFor(url('https://ghcr.io/'), undefined)).toBeUndefined()
    expect(proxyFor(url('https://ghcr.io/'), { httpProxy: 'http://p:1' })).toBeUndefined()
    expect(proxyFor(url('https://registry.internal.example/'), settings)).toBeUndefined()
    expect(proxyFor(url('https://127.0.0.1:5000/'), settings)).toBeUndefined()
  })
})

describe('parseProxyUrl', () => {
  it('takes http and https URLs, and a bare host:port as http', () => {
    expect(parseProxyUrl('https://proxy.corp:443', 'https').href).toBe('https://proxy.corp/')
    expect(parseProxyUrl('10.1.2.3:3128', 'http').href).toBe('http://10.1.2.3:3128/')
    expect(parseProxyUrl(' proxy.corp:3128 ', 'http').host).toBe('proxy.corp:3128')
  })

  it('refuses other schemes as a user error that names the variable, not the credentials', () => {
    let error: unknown
    try {
      parseProxyUrl('socks5://me:hunter2@proxy:1080', 'https')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(UserError)
    const message = (error as Error).message
    expect(message).toContain('HTTPS_PROXY')
    expect(message).toContain('socks5://…@proxy:1080')
    expect(message).not.toContain('hunter2')
    expect(() => parseProxyUrl('http://', 'http')).toThrow(/HTTP_PROXY/)
  })
})

describe('proxy credentials', () => {
  it('decodes percent-encoded userinfo into Basic credentials', () => {
    const proxy = new URL('http://us%20er:p%40ss%3Aword@proxy:3128')
    expect(proxyAuthorization(proxy)).toBe(
      'Basic ' + Buffer.from('us er:p@ss:word').toString('base64')
    )
    expect(proxyAuthorization(new URL('http://proxy:3128'))).toBeUndefined()
    expect(describeProxy(proxy)).toBe('http://proxy:3128')
  })
})
