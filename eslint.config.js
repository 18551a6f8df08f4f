import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'HTMLElement']

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off'
    }
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: globals.node
    }
  },
  {
    // The product's logic and shared types stay portable: no Electron, React or DOM.
    files: ['src/core/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'src/core and src/shared must not depend on Electron.' },
            { name: 'react', message: 'src/core and src/shared must not depend on React.' },
            { name: 'react-dom', message: 'src/core and src/shared must not depend on React.' }
          ],
          patterns: [{ group: ['**/main/**', '**/renderer/**', '**/web/**', '**/preload/**'], message: 'Dependencies point inward only.' }]
        }
      ],
      'no-restricted-globals': ['error', ...domGlobals.map((name) => ({ name, message: 'No DOM in src/core or src/shared.' }))]
    }
  },
  {
    // The application layer and IPC table are shared with the plain-Node web harness.
    files: ['src/app/**/*.ts', 'src/web/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'This code also runs in the web harness, where there is no Electron.' }],
          patterns: [{ group: ['**/renderer/**'], message: 'Main-side code never imports the renderer.' }]
        }
      ]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches the app only through lib/api.ts.' }],
          patterns: [
            { group: ['**/main/**', '**/core/**', '**/preload/**', '**/web/**'], message: 'The renderer talks to the app only through the IPC contract (src/shared).' }
          ]
        }
      ]
    }
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/unbound-method': 'off'
    }
  }
)
