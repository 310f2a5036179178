// The generator's streams are the app's own (the bootstrap draws from the same generator).
export * from '../../src/lib/model/prng';
