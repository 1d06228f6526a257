-- The reviewer's desk (docs/desk.md): people who sign in, the units that report, reporting rounds and what came in.
CREATE TABLE users (
    username      VARCHAR(100)             PRIMARY KEY,
    password_hash VARCHAR(200)             NOT NULL,
    role          VARCHAR(20)              NOT NULL,
    enabled       BOOLEAN                  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE units (
    code       VARCHAR(50)              PRIMARY KEY,
    name       VARCHAR(300)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The names a unit's header may carry (CƠ QUAN, TỔ CHỨC BAN HÀNH VĂN BẢN), kept as written and normalised for matching.
CREATE TABLE unit_issuer_names (
    unit_code  VARCHAR(50)  NOT NULL REFERENCES units (code),
    name       VARCHAR(300) NOT NULL,
    normalised VARCHAR(300) NOT NULL,
    PRIMARY KEY (unit_code, name)
);
CREATE INDEX unit_issuer_names_normalised ON unit_issuer_names (normalised);

CREATE TABLE periods (
    id             VARCHAR(36)              PRIMARY KEY,
    title          VARCHAR(500)             NOT NULL,
    profile        VARCHAR(100)             NOT NULL,
    deadline       DATE                     NOT NULL,
    request_letter TEXT                     NOT NULL,
    created_by     VARCHAR(100)             NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE period_units (
    period_id VARCHAR(36) NOT NULL REFERENCES periods (id),
    unit_code VARCHAR(50) NOT NULL REFERENCES units (code),
    PRIMARY KEY (period_id, unit_code)
);

-- A file received for a round. Stored before it is checked; check_id is set when its job has run.
CREATE TABLE submissions (
    id          VARCHAR(36)              PRIMARY KEY,
    period_id   VARCHAR(36)              NOT NULL REFERENCES periods (id),
    unit_code   VARCHAR(50)              REFERENCES units (code),
    unit_match  VARCHAR(20)              NOT NULL,
    file_name   VARCHAR(500)             NOT NULL,
    sha256      CHAR(64)                 NOT NULL,
    size_bytes  BIGINT                   NOT NULL,
    status      VARCHAR(20)              NOT NULL,
    check_id    VARCHAR(36)              REFERENCES checks (id),
    issuer      VARCHAR(500),
    verdict     VARCHAR(20),
    errors      INT,
    warnings    INT,
    received_by VARCHAR(100)             NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX submissions_period ON submissions (period_id, received_at);

CREATE TABLE decisions (
    id            VARCHAR(36)              PRIMARY KEY,
    submission_id VARCHAR(36)              NOT NULL REFERENCES submissions (id),
    decision      VARCHAR(20)              NOT NULL,
    comment       TEXT                     NOT NULL,
    decided_by    VARCHAR(100)             NOT NULL,
    decided_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX decisions_submission ON decisions (submission_id, decided_at);

-- A finding a reviewer judged wrong; applies to the same unit's later files in the same round.
CREATE TABLE waivers (
    id            VARCHAR(36)              PRIMARY KEY,
    submission_id VARCHAR(36)              NOT NULL REFERENCES submissions (id),
    rule_id       VARCHAR(100)             NOT NULL,
    excerpt       TEXT                     NOT NULL,
    reason        TEXT                     NOT NULL,
    created_by    VARCHAR(100)             NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX waivers_submission ON waivers (submission_id);
