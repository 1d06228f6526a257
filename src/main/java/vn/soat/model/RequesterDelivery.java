package vn.soat.model;

/** Whether the body that requested the report is among its recipients (directly or through "Như trên"). */
public record RequesterDelivery(String requester, boolean delivered, Location location, String excerpt)
        implements Located {
}
