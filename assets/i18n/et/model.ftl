# Mida mudel ise nimetab: istekoht ja lauad, mille „Paku istumiskord“ lisab (edaspidi plaani
# andmed, mida planeerija võib muuta).

## Istumiskord

seat-place = Laud { $table }, koht { $seat }
seating-new-head-table = Pealaud
seating-new-table = Laud { $number }
