package vn.soat.model;

/**
 * How a body signs (NĐ 30/2020 Điều 13): collective bodies sign "TM." on behalf of the
 * collective; head-of-agency bodies sign with the head's bare title; a document issued by a
 * chairman in person carries his title in the header.
 */
public enum IssuerKind {
    COLLECTIVE, HEAD_OF_AGENCY, CHAIRMAN_IN_PERSON, UNKNOWN
}
