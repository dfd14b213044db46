# What the model names itself: a seat, and the tables Propose seating adds (plan data from then
# on, which the planner may rename).

## Seating

seat-place = Seat { $seat } at Table { $table }
seating-new-head-table = Head table
seating-new-table = Table { $number }
