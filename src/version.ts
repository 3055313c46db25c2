// Kept in step with package.json by test/version.test.ts; a literal keeps --help free of file I/O.
export const VERSION = '0.1.0';
