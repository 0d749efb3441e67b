import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Integration suites start their own registries; two cores, so keep the fan-out modest.
    maxWorkers: 2,
    // Builds dist/ from the current sources into a temp dir for the end-to-end tests.
    globalSetup: ['__tests__/support/build-dist.ts']
  }
})
