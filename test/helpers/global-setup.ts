// Placeholder replaced by the services work (issue 5): starts/locates Kafka and ClickHouse.
export default function setup(): void {}
