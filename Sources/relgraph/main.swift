print("relgraph")
