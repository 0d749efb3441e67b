import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Integration suites start their own registries; two cores, so keep the fan-out modest.
    maxWorkers: 2,
    // First a temp dir of the run's own (checked empty at the end), then dist/ built from the
    // current sources into it for the end-to-end tests.
    globalSetup: ['__tests__/support/temp-dir.ts', '__tests__/support/build-dist.ts']
  }
})
