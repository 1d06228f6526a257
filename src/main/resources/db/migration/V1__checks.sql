-- Every accepted submission is kept with its result, so a check can be fetched again after a restart.
CREATE TABLE checks (
    id          VARCHAR(36)              PRIMARY KEY,
    file_name   VARCHAR(500)             NOT NULL,
    sha256      CHAR(64)                 NOT NULL,
    size_bytes  BIGINT                   NOT NULL,
    profile     VARCHAR(100)             NOT NULL,
    verdict     VARCHAR(20)              NOT NULL,
    result_json TEXT                     NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX checks_created_at ON checks (created_at);
CREATE INDEX checks_sha256 ON checks (sha256);
