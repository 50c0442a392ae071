export * from './framework';
export * from './framework2025';
