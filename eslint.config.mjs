// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import webLayers from './apps/web/lint/layers.cjs';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.data/',
      'coverage/',
      'test-results/',
      'libs/persistence/migrations/',
      'libs/api-client/openapi-types.ts',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { globals: globals.node, sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Below apps/, errors are domain errors (libs/errors); the API maps them to problem details.
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@nestjs/common',
              importNames: [
                'HttpException',
                'BadRequestException',
                'UnauthorizedException',
                'ForbiddenException',
                'NotFoundException',
                'ConflictException',
                'PreconditionFailedException',
                'UnprocessableEntityException',
                'ServiceUnavailableException',
                'InternalServerErrorException',
              ],
              message: 'throw a domain error from libs/errors: apps/api maps it to an answer',
            },
          ],
        },
      ],
    },
  },
  {
    // Workflow code runs in Temporal's deterministic sandbox: no Node, no I/O, no Nest, no ORM.
    files: ['workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', '@mikro-orm/*', 'nodemailer', 'pg', 'node:*'],
              message: 'workflow code must stay deterministic: no I/O libraries',
            },
            {
              group: ['fs', 'net', 'http', 'https', 'child_process', 'crypto', 'os'],
              message: 'workflow code must not use Node builtins',
            },
          ],
        },
      ],
    },
  },
  {
    // Path and query parameters are refused as every other field is: 400 naming the parameter.
    files: ['apps/api/**/*.ts'],
    ignores: ['apps/api/http/param-pipes.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@nestjs/common',
              importNames: ['ParseUUIDPipe', 'ParseIntPipe', 'ParseBoolPipe', 'ParseFloatPipe'],
              message: 'use apps/api/http/param-pipes: its refusals name the parameter',
            },
          ],
        },
      ],
    },
  },
  {
    // The web app: browser code, React's hook rules, and its layers (shared → features → app).
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, web: webLayers },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'web/layers': 'error',
    },
  },
);
