package vn.soat.finding;

public enum Category {
    FORMAT, CITATION, STRUCTURE, NUMBERS, SIGNATURE, RECIPIENTS, DOCUMENT
}
