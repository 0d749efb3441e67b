// Preflight as users meet it: a destination Docker Hub or GAR would refuse fails the step before
// any request reaches the registry, and a push to an ECR repository that does not exist stops
// at ECR's answer with how to create it, nothing uploaded. Small servers stand in for the
// registries (as the proxy every request to their host names goes through): they answer the
// way Docker Hub and ECR do, and record what reached them.
import type http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { examplePack, runAction } from '../support/action.js'
import { smallServer, type SeenRequest, type SmallServer } from '../support/small-servers.js'

const ECR_HOST = '123456789012.dkr.ecr.eu-west-3.amazonaws.com'

/** Docker Hub's answer to a path it does not take: a 401 that sends one looking at credentials. */
function dockerHub(_request: SeenRequest, res: http.ServerResponse): void {
  res.statusCode = 401
  res.setHeader('WWW-Authenticate', 'Bearer realm="https://auth.docker.io/token"')
  res.end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}')
}

/** ECR with no repository team/pack: reads answer 404, and so does starting an upload. */
function ecr(request: SeenRequest, res: http.ServerResponse): void {
  if (request.path === '/v2/') {
    res.statusCode = 200
    res.end('{}')
    return
  }
  res.statusCode = 404
  res.setHeader('Content-Type', 'application/json')
  res.end(
    request.method === 'HEAD'
      ? undefined
      : `{"errors":[{"code":"NAME_UNKNOWN","message":"The repository with name 'team/pack' does not exist in the registry with id '123456789012'"}]}`
  )
}

let hub: SmallServer
let ecrServer: SmallServer

beforeAll(async () => {
  hub = await smallServer(dockerHub)
  ecrServer = await smallServer(ecr)
})

afterAll(async () => {
  await hub?.close()
  await ecrServer?.close()
})

function push(destination: string, proxy: SmallServer) {
  return runAction({
    inputs: { path: examplePack, destination, tags: '1.0.0', 'plain-http': 'true' },
    env: { HTTP_PROXY: proxy.origin, HTTPS_PROXY: proxy.origin }
  })
}

describe('preflight', () => {
  it.each([
    [
      'oci://docker.io/my-org/team/hello-pack',
      'has 3 path levels under Docker Hub',
      'e.g. oci://docker.io/my-org/team-hello-pack'
    ],
    ['oci://docker.io/hello-pack', "names Docker Hub's library/hello-pack", 'NAMESPACE/NAME'],
    [
      'oci://us-docker.pkg.dev/my-project/hello-pack',
      'is not an Artifact Registry path',
      'write it as oci://us-docker.pkg.dev/my-project/hello-pack/NAME'
    ],
    ['oci://ghcr.io/My-Org/hello-pack', 'has capitals', "write 'oci://ghcr.io/my-org/hello-pack'"]
  ])('refuses %s before any request, with the fix', async (destination, problem, fix) => {
    hub.seen.length = 0
    const run = await push(destination, hub)
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(problem)
    expect(run.errors[0]).toContain(fix)
    expect(hub.seen).toEqual([])
    expect(run.outputs.digest).toBeUndefined()
  })

  it("stops at ECR's answer for a missing repository: how to create it, nothing uploaded", async () => {
    const run = await push(`oci://${ECR_HOST}/team/pack`, ecrServer)
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(
      `The ECR repository team/pack does not exist in ${ECR_HOST}, and no create-on-push repository creation template covers it; nothing was uploaded`
    )
    expect(run.errors[0]).toContain(
      'aws ecr create-repository --repository-name team/pack --region eu-west-3'
    )
    expect(run.errors[0]).toContain(
      'aws ecr create-repository-creation-template --prefix ROOT --applied-for CREATE_ON_PUSH --region eu-west-3'
    )
    // The answer came from the POST that would have opened an upload: ECR creates a repository
    // there when a create-on-push template covers it, so no read could tell beforehand.
    expect(ecrServer.seen.map((r) => `${r.method} ${r.path}`)).toContain(
      'POST /v2/team/pack/blobs/uploads/'
    )
    const methods = new Set(ecrServer.seen.map((r) => r.method))
    expect(methods.has('PUT')).toBe(false)
    expect(methods.has('PATCH')).toBe(false)
    expect(ecrServer.seen.every((r) => r.headers.host === ECR_HOST)).toBe(true)
  })
})
