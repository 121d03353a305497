-- Event names carry their version (@registry/contracts, docs/architecture.md "Event
-- contracts"): every event stored before names were versioned is version 1 of its name.
UPDATE "bus"."events" SET "type" = "type" || '.v1' WHERE "type" !~ '\.v[1-9][0-9]*$';
