// The few extension APIs the e2e tests call inside the service worker through `evaluate`.
declare namespace chrome {
  namespace storage.local {
    function get(key: string | null): Promise<Record<string, unknown>>;
    function set(items: Record<string, unknown>): Promise<void>;
  }
  namespace action {
    function getBadgeText(details: object): Promise<string>;
    function getBadgeBackgroundColor(details: object): Promise<number[]>;
  }
  namespace notifications {
    function getAll(): Promise<Record<string, boolean>>;
  }
}
