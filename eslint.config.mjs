// ESLint as the electron-vite template sets it up (typescript-eslint, React, hooks, Prettier last),
// plus one house rule: raw IPC stays in the two files built for it.
import { defineConfig } from 'eslint/config'
import tseslint from '@electron-toolkit/eslint-config-ts'
import eslintConfigPrettier from '@electron-toolkit/eslint-config-prettier'
import eslintPluginReact from 'eslint-plugin-react'
import eslintPluginReactHooks from 'eslint-plugin-react-hooks'
import eslintPluginReactRefresh from 'eslint-plugin-react-refresh'

const rawIpc = {
  paths: [
    {
      name: 'electron',
      importNames: ['ipcMain', 'ipcRenderer'],
      message:
        'Raw IPC lives in src/main/ipc.ts and src/preload/index.ts only; use the typed contract.'
    }
  ]
}

export default defineConfig(
  { ignores: ['**/node_modules', '**/dist', '**/out', 'docs/**', 'resources/**'] },
  tseslint.configs.recommended,
  eslintPluginReact.configs.flat.recommended,
  eslintPluginReact.configs.flat['jsx-runtime'],
  { settings: { react: { version: 'detect' } } },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: {
      'react-hooks': eslintPluginReactHooks,
      'react-refresh': eslintPluginReactRefresh
    },
    rules: {
      ...eslintPluginReactHooks.configs.recommended.rules,
      ...eslintPluginReactRefresh.configs.vite.rules,
      'no-restricted-imports': ['error', rawIpc],
      // A variable a closure reads before its one assignment (a timer, a child) must stay `let`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }]
    }
  },
  {
    // Tests, benches and scripts: small local helpers need no declared return types.
    files: ['test/**', 'bench/**', 'scripts/**'],
    rules: { '@typescript-eslint/explicit-function-return-type': 'off' }
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  {
    files: ['src/main/ipc.ts', 'src/preload/index.ts'],
    rules: { 'no-restricted-imports': 'off' }
  },
  eslintConfigPrettier
)
