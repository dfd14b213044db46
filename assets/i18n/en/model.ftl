# What the model names itself: the tables Propose seating adds (plan data from then
# on, which the planner may rename).

## Seating

seating-new-head-table = Head table
seating-new-table = Table { $number }
