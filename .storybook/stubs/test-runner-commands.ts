// Stories share the field examples of the browser tests (test/browser/fields/examples.ts),
// whose keyboard steps use @web/test-runner's server commands. Stories use the examples'
// data only; outside the test runner these commands cannot run, so say so if one is called.
const unavailable = (name: string) => () => {
  throw new TypeError(`${name}() runs only under @web/test-runner, not in Storybook.`);
};

export const sendKeys = unavailable('sendKeys');
export const setViewport = unavailable('setViewport');
export const sendMouse = unavailable('sendMouse');
export const resetMouse = unavailable('resetMouse');
