"""The bidder's side: the response file (`bideval-response/1`), self-check, estimate and response pack."""
