(define (problem plan_trial_T20190517_080841_821811)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        CDType - otype
        DeskLampType - otype
        KnifeType - otype
        PenType - otype
        PillowType - otype
        ArmChairType - rtype
        BedType - rtype
        DeskType - rtype
        DrawerType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SideTableType - rtype
        SinkBasinType - rtype
        Pen_bar__plus_00_dot_74_bar__plus_01_dot_16_bar__minus_01_dot_09 - object
        Pen_bar__minus_02_dot_72_bar__plus_02_dot_35_bar__minus_01_dot_78 - object
        Pen_bar__plus_01_dot_71_bar__plus_02_dot_63_bar__plus_02_dot_17 - object
        Pillow_bar__plus_03_dot_08_bar__plus_01_dot_69_bar__plus_03_dot_25 - object
        CD_bar__minus_02_dot_71_bar__plus_00_dot_36_bar__plus_02_dot_85 - object
        DeskLamp_bar__plus_01_dot_08_bar__plus_02_dot_93_bar__plus_02_dot_36 - object
        ArmChair_bar__plus_00_dot_53_bar__plus_02_dot_83_bar__minus_01_dot_34 - receptacle
        Bed_bar__minus_02_dot_83_bar__plus_02_dot_72_bar__plus_01_dot_35 - receptacle
        Desk_bar__plus_01_dot_09_bar__plus_00_dot_05_bar__minus_02_dot_61 - receptacle
        Drawer_bar__minus_02_dot_11_bar__plus_00_dot_05_bar__minus_01_dot_93 - receptacle
        Drawer_bar__plus_03_dot_08_bar__plus_01_dot_09_bar__plus_01_dot_03 - receptacle
        SideTable_bar__plus_03_dot_30_bar__plus_00_dot_26_bar__plus_03_dot_40 - receptacle
        loc_bar_0_bar_8_bar_3_bar_60 - location
        loc_bar_3_bar__minus_5_bar_2_bar_45 - location
        loc_bar_7_bar__minus_3_bar_1_bar_30 - location
        loc_bar_9_bar__minus_1_bar_1_bar_0 - location
        loc_bar__minus_1_bar__minus_7_bar_3_bar__minus_30 - location
        loc_bar__minus_3_bar_1_bar_1_bar_15 - location
        loc_bar__minus_5_bar__minus_3_bar_1_bar__minus_30 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_3_bar_1_bar_1_bar_15)
        (receptacleType ArmChair_bar__plus_00_dot_53_bar__plus_02_dot_83_bar__minus_01_dot_34 ArmChairType)
        (receptacleAtLocation ArmChair_bar__plus_00_dot_53_bar__plus_02_dot_83_bar__minus_01_dot_34 loc_bar_0_bar_8_bar_3_bar_60)
        (receptacleType Bed_bar__minus_02_dot_83_bar__plus_02_dot_72_bar__plus_01_dot_35 BedType)
        (receptacleAtLocation Bed_bar__minus_02_dot_83_bar__plus_02_dot_72_bar__plus_01_dot_35 loc_bar_7_bar__minus_3_bar_1_bar_30)
        (receptacleType Desk_bar__plus_01_dot_09_bar__plus_00_dot_05_bar__minus_02_dot_61 DeskType)
        (receptacleAtLocation Desk_bar__plus_01_dot_09_bar__plus_00_dot_05_bar__minus_02_dot_61 loc_bar_3_bar__minus_5_bar_2_bar_45)
        (receptacleType Drawer_bar__minus_02_dot_11_bar__plus_00_dot_05_bar__minus_01_dot_93 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_11_bar__plus_00_dot_05_bar__minus_01_dot_93 loc_bar__minus_5_bar__minus_3_bar_1_bar__minus_30)
        (openable Drawer_bar__minus_02_dot_11_bar__plus_00_dot_05_bar__minus_01_dot_93)
        (receptacleType Drawer_bar__plus_03_dot_08_bar__plus_01_dot_09_bar__plus_01_dot_03 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_03_dot_08_bar__plus_01_dot_09_bar__plus_01_dot_03 loc_bar_9_bar__minus_1_bar_1_bar_0)
        (openable Drawer_bar__plus_03_dot_08_bar__plus_01_dot_09_bar__plus_01_dot_03)
        (receptacleType SideTable_bar__plus_03_dot_30_bar__plus_00_dot_26_bar__plus_03_dot_40 SideTableType)
        (receptacleAtLocation SideTable_bar__plus_03_dot_30_bar__plus_00_dot_26_bar__plus_03_dot_40 loc_bar__minus_1_bar__minus_7_bar_3_bar__minus_30)
        (objectType Pen_bar__plus_00_dot_74_bar__plus_01_dot_16_bar__minus_01_dot_09 PenType)
        (pickupable Pen_bar__plus_00_dot_74_bar__plus_01_dot_16_bar__minus_01_dot_09)
        (inReceptacle Pen_bar__plus_00_dot_74_bar__plus_01_dot_16_bar__minus_01_dot_09 Desk_bar__plus_01_dot_09_bar__plus_00_dot_05_bar__minus_02_dot_61)
        (objectAtLocation Pen_bar__plus_00_dot_74_bar__plus_01_dot_16_bar__minus_01_dot_09 loc_bar_3_bar__minus_5_bar_2_bar_45)
        (objectType Pen_bar__minus_02_dot_72_bar__plus_02_dot_35_bar__minus_01_dot_78 PenType)
        (pickupable Pen_bar__minus_02_dot_72_bar__plus_02_dot_35_bar__minus_01_dot_78)
        (inReceptacle Pen_bar__minus_02_dot_72_bar__plus_02_dot_35_bar__minus_01_dot_78 Desk_bar__plus_01_dot_09_bar__plus_00_dot_05_bar__minus_02_dot_61)
        (objectAtLocation Pen_bar__minus_02_dot_72_bar__plus_02_dot_35_bar__minus_01_dot_78 loc_bar_3_bar__minus_5_bar_2_bar_45)
        (objectType Pen_bar__plus_01_dot_71_bar__plus_02_dot_63_bar__plus_02_dot_17 PenType)
        (pickupable Pen_bar__plus_01_dot_71_bar__plus_02_dot_63_bar__plus_02_dot_17)
        (inReceptacle Pen_bar__plus_01_dot_71_bar__plus_02_dot_63_bar__plus_02_dot_17 SideTable_bar__plus_03_dot_30_bar__plus_00_dot_26_bar__plus_03_dot_40)
        (objectAtLocation Pen_bar__plus_01_dot_71_bar__plus_02_dot_63_bar__plus_02_dot_17 loc_bar__minus_1_bar__minus_7_bar_3_bar__minus_30)
        (objectType Pillow_bar__plus_03_dot_08_bar__plus_01_dot_69_bar__plus_03_dot_25 PillowType)
        (pickupable Pillow_bar__plus_03_dot_08_bar__plus_01_dot_69_bar__plus_03_dot_25)
        (inReceptacle Pillow_bar__plus_03_dot_08_bar__plus_01_dot_69_bar__plus_03_dot_25 ArmChair_bar__plus_00_dot_53_bar__plus_02_dot_83_bar__minus_01_dot_34)
        (objectAtLocation Pillow_bar__plus_03_dot_08_bar__plus_01_dot_69_bar__plus_03_dot_25 loc_bar_0_bar_8_bar_3_bar_60)
        (objectType CD_bar__minus_02_dot_71_bar__plus_00_dot_36_bar__plus_02_dot_85 CDType)
        (pickupable CD_bar__minus_02_dot_71_bar__plus_00_dot_36_bar__plus_02_dot_85)
        (inReceptacle CD_bar__minus_02_dot_71_bar__plus_00_dot_36_bar__plus_02_dot_85 Drawer_bar__minus_02_dot_11_bar__plus_00_dot_05_bar__minus_01_dot_93)
        (objectAtLocation CD_bar__minus_02_dot_71_bar__plus_00_dot_36_bar__plus_02_dot_85 loc_bar__minus_5_bar__minus_3_bar_1_bar__minus_30)
        (objectType DeskLamp_bar__plus_01_dot_08_bar__plus_02_dot_93_bar__plus_02_dot_36 DeskLampType)
        (toggleable DeskLamp_bar__plus_01_dot_08_bar__plus_02_dot_93_bar__plus_02_dot_36)
        (inReceptacle DeskLamp_bar__plus_01_dot_08_bar__plus_02_dot_93_bar__plus_02_dot_36 SideTable_bar__plus_03_dot_30_bar__plus_00_dot_26_bar__plus_03_dot_40)
        (objectAtLocation DeskLamp_bar__plus_01_dot_08_bar__plus_02_dot_93_bar__plus_02_dot_36 loc_bar__minus_1_bar__minus_7_bar_3_bar__minus_30)
        (canContain ArmChairType PillowType)
        (canContain BedType PillowType)
        (canContain DeskType CDType)
        (canContain DeskType PenType)
        (canContain DrawerType CDType)
        (canContain DrawerType PenType)
        (canContain SideTableType CDType)
        (canContain SideTableType PenType)
    )
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 PenType)
                                    (receptacleType ?r DrawerType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 PenType)
                                            (receptacleType ?r DrawerType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
