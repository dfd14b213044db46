# Mida mudel ise nimetab: lauad, mille „Paku istumiskord“ lisab (edaspidi plaani
# andmed, mida planeerija võib muuta).

## Istumiskord

seating-new-head-table = Pealaud
seating-new-table = Laud { $number }
