-- A round's uploaded request letter, its bytes unchanged (h2: BLOB), read again whenever one of its files is checked.
CREATE TABLE period_letters (
    period_id VARCHAR(36)  PRIMARY KEY REFERENCES periods (id),
    file_name VARCHAR(255) NOT NULL,
    bytes     BLOB NOT NULL
);
