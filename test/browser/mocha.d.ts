// The mocha globals @web/test-runner provides, typed just enough for our tests
// (saves a dependency on @types/mocha).
interface MochaContext {
  timeout(ms: number): void;
}
type MochaCallback = (this: MochaContext, done: (error?: unknown) => void) => void;
interface MochaTestFunction {
  (title: string, callback: MochaCallback): void;
  only(title: string, callback: MochaCallback): void;
  skip(title: string, callback?: MochaCallback): void;
}
declare const describe: MochaTestFunction;
declare const it: MochaTestFunction;
declare function before(hook: MochaCallback): void;
declare function after(hook: MochaCallback): void;
declare function beforeEach(hook: MochaCallback): void;
declare function afterEach(hook: MochaCallback): void;
