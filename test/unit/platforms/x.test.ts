import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { describeCasesInDom } from './run-cases-in-dom';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

describe('X cases (test/fixtures/x)', () => {
  describeCasesInDom(resolve(fixtures, 'x'));
});
