package vn.soat;

import vn.soat.cli.Cli;

/** Entry point of the jar: {@code soat check|rules|…}. */
public final class Soat {

    private Soat() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
