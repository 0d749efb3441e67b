import { describe, expect, it } from 'vitest'
import { packConfigJson } from '../../src/pack/config.js'
import type { PackMetadata } from '../../src/pack/types.js'

const full: PackMetadata = {
  apiVersion: 'sherpack/v1',
  kind: 'library',
  name: 'mypack',
  version: '1.2.3+b7',
  description: 'A pack',
  appVersion: '1.10',
  kubeVersion: '>=1.25',
  home: 'https://example.com',
  icon: 'https://example.com/i.png',
  sources: ['https://github.com/x/y'],
  keywords: ['a', 'b'],
  maintainers: [{ url: 'https://j.example', email: 'j@example.com', name: 'Jane' }],
  annotations: { zeta: '1', '10': 'ten', '2': 'two', alpha: 'a' }
}

describe('packConfigJson', () => {
  it('uses Helm field names in a fixed order, with kind as type', () => {
    const json = packConfigJson(full).toString('utf8')
    expect(Object.keys(JSON.parse(json))).toEqual([
      'name',
      'home',
      'sources',
      'version',
      'description',
      'keywords',
      'maintainers',
      'icon',
      'appVersion',
      'annotations',
      'kubeVersion',
      'type'
    ])
    expect(JSON.parse(json)).toMatchObject({
      type: 'library',
      version: '1.2.3+b7',
      appVersion: '1.10'
    })
    expect(json).not.toContain('apiVersion"')
    expect(json).not.toContain('\n')
  })

  it('orders maintainer fields and annotation keys by bytes, even integer-like keys', () => {
    const json = packConfigJson(full).toString('utf8')
    expect(json).toContain(
      '"maintainers":[{"name":"Jane","email":"j@example.com","url":"https://j.example"}]'
    )
    expect(json).toContain('"annotations":{"10":"ten","2":"two","alpha":"a","zeta":"1"}')
  })

  it('omits absent fields', () => {
    const json = packConfigJson({
      apiVersion: 'sherpack/v1',
      kind: 'application',
      name: 'x',
      version: '0.1.0'
    }).toString('utf8')
    expect(json).toBe('{"name":"x","version":"0.1.0","type":"application"}')
  })

  it('gives the same bytes for the same metadata, whatever the input key order', () => {
    const shuffled = Object.fromEntries(Object.entries(full).reverse()) as unknown as PackMetadata
    expect(packConfigJson(shuffled).equals(packConfigJson(full))).toBe(true)
    expect(packConfigJson({ ...full, version: '1.2.4' }).equals(packConfigJson(full))).toBe(false)
  })
})
