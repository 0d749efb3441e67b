// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/** The layers below the front ends: they may serve any front end, so they know none. */
const LIBRARY_LAYERS = [
  'src/core/**/*.ts',
  'src/pack/**/*.ts',
  'src/oci/**/*.ts',
  'src/credentials/**/*.ts',
  'src/sign/**/*.ts'
]

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.tools/', 'out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly'
      }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      '@typescript-eslint/consistent-type-imports': 'error'
    }
  },
  {
    // Small functions: one concern each, readable by the next maintainer.
    files: ['src/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }]
    }
  },
  {
    files: LIBRARY_LAYERS,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*'],
              message:
                'core, pack, oci and credentials must not depend on @actions/*: a front end passes a Logger or a function in instead.'
            },
            {
              group: ['../main.js', '../../main.js', '**/action/**', '**/cli/**', '**/ci/**'],
              message: 'Lower layers must not import a front end.'
            }
          ]
        }
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message:
            'Lower layers read no environment: the front end resolves settings and passes them in.'
        }
      ]
    }
  },
  {
    files: ['src/pack/**/*.ts', 'src/oci/**/*.ts', 'src/credentials/**/*.ts', 'src/sign/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*'],
              message:
                'pack, oci and credentials must not depend on @actions/*: a front end passes a Logger or a function in instead.'
            },
            {
              group: [
                '../main.js',
                '../../main.js',
                '**/action/**',
                '**/cli/**',
                '**/ci/**',
                '**/core/**'
              ],
              message: 'pack, oci, credentials and sign must not import the core or a front end.'
            }
          ]
        }
      ]
    }
  },
  {
    // The two front ends share the core and src/ci/, never each other's code.
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*'], message: 'The CLI must not depend on @actions/*.' },
            {
              group: ['../main.js', '../../main.js', '**/action/**'],
              message: 'The CLI must not import the action: shared code goes in src/core or src/ci.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/main.ts', 'src/action/**/*.ts', 'src/ci/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/cli/**'],
              message: 'The action must not import the CLI: shared code goes in src/core or src/ci.'
            }
          ]
        }
      ]
    }
  }
)
