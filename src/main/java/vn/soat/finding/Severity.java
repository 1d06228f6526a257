package vn.soat.finding;

public enum Severity {
    ERROR, WARNING, INFO
}
