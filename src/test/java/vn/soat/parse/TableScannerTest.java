package vn.soat.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.soat.extract.SourceLine;
import vn.soat.model.TableTotal;

class TableScannerTest {

    private static List<TableTotal> scan(String text) {
        List<SourceLine> lines = new ArrayList<>();
        int start = 0;
        String[] rows = text.split("\n");
        for (int i = 0; i < rows.length; i++) {
            lines.add(new SourceLine(i + 1, 1, start, start + rows[i].length(), rows[i]));
            start += rows[i].length() + 1;
        }
        return TableScanner.scan(lines, line -> "I");
    }

    @Test
    void aTotalRowIsComparedColumnByColumn() {
        assertThat(scan("""
                TT\tĐơn vị\tCông chức\tViên chức
                1\tKhối tỉnh\t3.743\t6.233
                2\tKhối huyện\t1.000\t2.000
                Tổng cộng\t4.743\t8.000
                """)).extracting(TableTotal::column, TableTotal::sum, TableTotal::stated)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 4743.0, 4743.0),
                        org.assertj.core.groups.Tuple.tuple(2, 8233.0, 8000.0));
    }

    @Test
    void aLabelWrappedOntoItsOwnLineDoesNotEndTheTable() {
        assertThat(scan("""
                TT Đơn vị Công chức Viên chức
                1 Khối tỉnh 3.743 6.233
                (gồm các sở, ban, ngành)
                2 Khối huyện 1.000 2.000
                3 Khối xã 500 700
                Tổng cộng 5.243 8.933
                """)).allSatisfy(t -> assertThat(t.sum()).isEqualTo(t.stated()));
    }

    @Test
    void aNestedTableAddsItsGroupRowsOnly() {
        assertThat(scan("""
                I Khối tỉnh 3.000
                1 Sở A 1.000
                2 Sở B 2.000
                II Khối huyện 500
                1 Huyện X 500
                Tổng cộng 3.500
                """)).singleElement().satisfies(t -> assertThat(t.sum()).isEqualTo(3500));
        assertThat(scan("""
                1 Khối tỉnh 600
                - Sở A 200
                - Sở B 400
                2 Khối huyện 100
                Tổng 700
                """)).singleElement().satisfies(t -> assertThat(t.sum()).isEqualTo(700));
    }

    @Test
    void rowsNamedLikeATotalAreOrdinaryRows() {
        for (String label : List.of("Công tác lãnh sự", "Tổng cục Du lịch", "Tổng Lãnh sự quán Nhật Bản", "Tổng công ty Sông Đà")) {
            assertThat(scan("Đoàn ra 5 20\nĐoàn vào 3 10\n" + label + " 2 6\n")).as(label).isEmpty();
        }
        assertThat(scan("Đoàn ra 5 20\nĐoàn vào 3 10\nCộng: 8 30\n")).hasSize(2);
    }
}
