/**
 * Runs before every unit test file. A file marked `// @vitest-environment node` is pure logic and runs
 * without jsdom (whose start-up is most of a small test file's time): the DOM set-up is for the others.
 */
if (typeof document !== 'undefined') await import('./setup-dom');

export {};
