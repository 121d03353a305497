export { publish, type BusEvent } from './publish.ts';
export { EventBus, type StreamOptions } from './event-bus.ts';
export { DurableConsumer, type EventHandler } from './durable-consumer.ts';
export { migrateBus } from './migrate.ts';
export { START_POSITION } from './topic-stream.ts';
export * as busTables from './schema.ts';
