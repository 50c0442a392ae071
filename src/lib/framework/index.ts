export * from './framework';
