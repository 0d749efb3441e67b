// Registry-aware checks of destinations: what Docker Hub, GAR and every registry (case) refuse,
// refused when the destination is read, with the form that works; and ECR's answer for a
// repository that does not exist, turned into how to create it.
import { describe, expect, it } from 'vitest'
import { UserError } from '../../src/errors.js'
import { destinationFor, parseDestination } from '../../src/core/destination.js'
import { ecrRegion, explainMissingRepository } from '../../src/core/preflight.js'
import { RegistryError } from '../../src/oci/errors.js'
import { parseOciReference } from '../../src/oci/reference.js'
import { thrownBy } from '../support/thrown.js'

describe('destinations a registry would refuse', () => {
  it.each([
    [
      'oci://docker.io/my-org/team/pack',
      "Destination 'oci://docker.io/my-org/team/pack' has 3 path levels under Docker Hub, which takes exactly two (NAMESPACE/NAME) and answers any other with a misleading 401: write the repository as NAMESPACE/NAME (your Docker Hub user or organization, then the name), e.g. oci://docker.io/my-org/team-pack"
    ],
    [
      'oci://index.docker.io/pack:1.0.0',
      "Destination 'oci://index.docker.io/pack:1.0.0' names Docker Hub's library/pack (a bare NAME means library/NAME): the official images, which no account can push to: write the repository as NAMESPACE/NAME (your Docker Hub user or organization, then the name), e.g. oci://docker.io/YOUR-NAMESPACE/pack"
    ],
    [
      'oci://us-docker.pkg.dev/my-project/pack',
      "Destination 'oci://us-docker.pkg.dev/my-project/pack' is not an Artifact Registry path: us-docker.pkg.dev takes LOCATION-docker.pkg.dev/PROJECT/REPOSITORY/NAME (a project, a repository, then the pack's name): write it as oci://us-docker.pkg.dev/my-project/pack/NAME"
    ],
    [
      'oci://europe-west1-docker.pkg.dev/pack',
      "Destination 'oci://europe-west1-docker.pkg.dev/pack' is not an Artifact Registry path: europe-west1-docker.pkg.dev takes LOCATION-docker.pkg.dev/PROJECT/REPOSITORY/NAME (a project, a repository, then the pack's name): write it as oci://europe-west1-docker.pkg.dev/pack/REPOSITORY/NAME"
    ],
    [
      'oci://ghcr.io/My-Org/pack',
      "Invalid OCI reference 'oci://ghcr.io/My-Org/pack': repository 'My-Org/pack' has capitals in 'My-Org': registries only accept lower case; write 'oci://ghcr.io/my-org/pack'. Expected oci://HOST[:PORT]/REPOSITORY[:TAG], e.g. oci://ghcr.io/my-org/my-pack"
    ]
  ])('%s', (destination, message) => {
    const error = thrownBy(() => parseDestination(destination))
    expect(error).toBeInstanceOf(UserError)
    expect((error as UserError).message).toBe(message)
    expect((error as UserError).option).toBe('destination')
  })

  it('checks a prefix as soon as it is read, with a stand-in name', () => {
    expect(() => parseDestination('oci://docker.io/')).toThrow(
      "Destination 'oci://docker.io/' names Docker Hub's library/pack"
    )
    expect(() => parseDestination('oci://docker.io/library/pack')).toThrow(
      'the official images, which no account can push to'
    )
    expect(() => parseDestination('oci://us-docker.pkg.dev/my-project/')).toThrow(
      "Destination 'oci://us-docker.pkg.dev/my-project/' is not an Artifact Registry path"
    )
  })

  it.each([
    'oci://docker.io/my-org/pack',
    'oci://us-docker.pkg.dev/my-project/my-repo/pack',
    'oci://us-docker.pkg.dev/my-project/my-repo/team/pack',
    'oci://ghcr.io/my-org/team/sub/pack',
    'oci://127.0.0.1:5000/pack'
  ])('accepts %s', (destination) => {
    expect(parseDestination(destination).kind).toBe('complete')
  })

  it('gives a prefix the pack name lower-cased, so that the default destination is valid', () => {
    const destination = destinationFor(parseDestination('oci://docker.io/my-org/'), 'Hello-Pack')
    expect(destination.display).toBe('docker.io/my-org/hello-pack')
  })
})

describe("ECR's answer for a repository that does not exist", () => {
  const ecr = parseOciReference('oci://123456789012.dkr.ecr.eu-west-3.amazonaws.com/team/pack')
  const nameUnknown = new RegistryError(
    'Upload blob: POST … answered 404',
    'POST',
    'https://123456789012.dkr.ecr.eu-west-3.amazonaws.com/v2/team/pack/blobs/uploads/',
    404,
    [
      {
        code: 'NAME_UNKNOWN',
        message:
          "The repository with name 'team/pack' does not exist in the registry with id '123456789012'"
      }
    ]
  )

  it('says how to create it: the CLI command and the create-on-push template', () => {
    const explained = explainMissingRepository(nameUnknown, ecr)
    expect(explained).toBeInstanceOf(UserError)
    expect((explained as UserError).message).toBe(
      'The ECR repository team/pack does not exist in 123456789012.dkr.ecr.eu-west-3.amazonaws.com, and no create-on-push repository creation template covers it; nothing was uploaded: create it (aws ecr create-repository --repository-name team/pack --region eu-west-3), or let ECR create repositories on push with a repository creation template (aws ecr create-repository-creation-template --prefix ROOT --applied-for CREATE_ON_PUSH --region eu-west-3), then push again'
    )
    expect((explained as UserError).cause).toBe(nameUnknown)
  })

  it('knows the API name of the same answer, RepositoryNotFoundException', () => {
    const api = new RegistryError(
      'RepositoryNotFoundException: no such repository',
      'HEAD',
      'x',
      404
    )
    expect((explainMissingRepository(api, ecr) as UserError).what).toContain(
      'The ECR repository team/pack does not exist'
    )
  })

  it('leaves any other error, and any other registry, as they are', () => {
    const denied = new RegistryError('denied', 'POST', 'x', 403, [{ code: 'DENIED' }])
    expect(explainMissingRepository(denied, ecr)).toBe(denied)
    const other = parseOciReference('oci://ghcr.io/team/pack')
    expect(explainMissingRepository(nameUnknown, other)).toBe(nameUnknown)
  })

  it.each([
    ['123456789012.dkr.ecr.us-east-1.amazonaws.com', 'us-east-1'],
    ['123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com', 'us-gov-west-1'],
    ['123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn', 'cn-north-1'],
    ['public.ecr.aws', undefined],
    ['ecr.example.com', undefined]
  ])('%s is in region %s', (host, region) => {
    expect(ecrRegion(host)).toBe(region)
  })
})
