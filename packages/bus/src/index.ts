export { publish } from './publish.ts';
export { InvalidEventError, parseEvent, parsePayload, type BusEvent, type ContractEvent } from './event.ts';
export { EventBus, type StreamOptions } from './event-bus.ts';
export { DurableConsumer, type Consumer, type ConsumerOptions, type ConsumerStall, type ConsumerUnit, type EventHandlers, type UnitRunner } from './durable-consumer.ts';
export { migrateBus } from './migrate.ts';
export { START_POSITION } from './topic-stream.ts';
export * as busTables from './schema.ts';
