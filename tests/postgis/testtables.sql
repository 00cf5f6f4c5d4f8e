-- Test tables for the PostGIS tests (loaded by pgcluster.sh). Deterministic: the same rows on
-- every run, so counts are reproducible.
CREATE EXTENSION postgis;
CREATE EXTENSION pg_stat_statements;

-- Points with dates: the events (GiST on geom, B-tree on date).
CREATE TABLE events (
    id integer PRIMARY KEY,
    geom geometry(Point, 4326) NOT NULL,
    date date NOT NULL,
    end_date date,
    date_precision text NOT NULL DEFAULT 'day',
    category text NOT NULL,
    title text NOT NULL
);
INSERT INTO events
SELECT i,
       ST_SetSRID(ST_MakePoint(45.5 + ((i * 7919) % 2000) / 1000.0,
                               39.2 + ((i * 104729) % 1300) / 1000.0), 4326),
       DATE '2020-01-01' + ((i * 613) % 1500),
       CASE WHEN i % 10 = 0 THEN DATE '2020-01-01' + ((i * 613) % 1500) + (i % 20) END,
       CASE WHEN i % 97 = 0 THEN 'month' ELSE 'day' END,
       (ARRAY['shelling', 'clash', 'displacement', 'ceasefire'])[1 + i % 4],
       'event ' || i
FROM generate_series(1, 3000) AS i;
CREATE INDEX events_geom_idx ON events USING GIST (geom);
CREATE INDEX events_date_idx ON events (date);

-- Polygons with valid_from / valid_to (squares on a grid, each valid for a span).
CREATE TABLE areas (
    id integer PRIMARY KEY,
    geom geometry(Polygon, 4326) NOT NULL,
    valid_from date,
    valid_to date,
    name text
);
INSERT INTO areas
SELECT i,
       ST_MakeEnvelope(45.5 + (i % 20) * 0.1, 39.2 + (i / 20) * 0.1,
                       45.58 + (i % 20) * 0.1, 39.28 + (i / 20) * 0.1, 4326),
       CASE WHEN i % 5 = 0 THEN NULL ELSE DATE '2020-01-01' + (i * 37) % 900 END,
       CASE WHEN i % 7 = 0 THEN NULL ELSE DATE '2020-01-01' + (i * 37) % 900 + 60 + i % 300 END,
       'area ' || i
FROM generate_series(0, 259) AS i;
CREATE INDEX areas_geom_idx ON areas USING GIST (geom);

-- The same events without any index (still correct, only slower).
CREATE TABLE events_noindex AS SELECT * FROM events;

-- A view over the events of 2021 and later.
CREATE VIEW recent_events AS SELECT * FROM events WHERE date >= DATE '2021-01-01';

-- The day-precision events in ACLED's layout (recognised by its columns, not by the scenario).
CREATE TABLE acled (
    event_id_cnty text PRIMARY KEY,
    event_date date NOT NULL,
    time_precision integer NOT NULL,
    event_type text NOT NULL,
    sub_event_type text,
    location text,
    fatalities integer,
    geom geometry(Point, 4326) NOT NULL
);
INSERT INTO acled
SELECT 'AZE' || id, date, 1, category, title, 'place ' || id, id % 3, geom
FROM events WHERE date_precision = 'day';
CREATE INDEX acled_geom_idx ON acled USING GIST (geom);

-- Daily counts beside a copy of the events: the histogram reads them instead of the rows.
CREATE TABLE events_summed AS SELECT * FROM events;
CREATE INDEX events_summed_geom_idx ON events_summed USING GIST (geom);
CREATE MATERIALIZED VIEW events_summed_daily AS
SELECT CASE date_precision WHEN 'month' THEN date_trunc('month', date)::date
                           WHEN 'year' THEN date_trunc('year', date)::date ELSE date END AS date,
       category, count(*) AS n
FROM events_summed GROUP BY 1, 2;

-- The events, slowly: a scan of the view takes about 3 s (a histogram to cancel).
CREATE VIEW slow_events AS SELECT * FROM events WHERE pg_sleep(0.001) IS NOT NULL;

-- A table without a geometry column.
CREATE TABLE plain (id integer PRIMARY KEY, name text);
INSERT INTO plain VALUES (1, 'no geometry');

-- A role that needs a password (over TCP), for the wrong-password message.
CREATE ROLE ka_pw LOGIN PASSWORD 'right-password';
GRANT SELECT ON ALL TABLES IN SCHEMA public TO ka_pw;
ANALYZE;
