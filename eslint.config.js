// Shared lint rules for every workspace; each package runs `eslint .` from its own folder.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', '**/*.d.ts', '**/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Plain JavaScript entry points (bin, bench, scripts) run on Node.
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
      },
    },
  },
  {
    // Type-aware rules for TypeScript sources. To extend them to another package, add its glob
    // to `files` (e.g. 'packages/core/**/*.ts'); the project service finds each file's tsconfig.
    // Paths are relative to this file, whichever package folder `eslint .` runs from.
    files: [
      'apps/api/**/*.ts',
      'packages/core/**/*.ts',
      'examples/**/*.ts',
      'apps/web/**/*.{ts,tsx}',
      'apps/admin/**/*.{ts,tsx}',
      'packages/ui/**/*.{ts,tsx}',
      'packages/e2e/**/*.ts',
    ],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'error',
    },
  },
  {
    // vitest types its asymmetric matchers (expect.stringContaining, expect.objectContaining...) as
    // `any`, so placing one inside an expected object is not an unsafe assignment.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
      eqeqeq: ['error', 'smart'],
      // Misreads values used only inside parameter decorators (e.g. @Param('id', { schema })) as unused.
      'no-useless-assignment': 'off',
    },
  },
);
