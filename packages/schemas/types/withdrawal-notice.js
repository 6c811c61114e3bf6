// Type-only module: the declarations are in the .d.ts file beside this one.
export {};
